import type { ListDiff } from "@/lib/scoring/diff";

type Props<Item extends { id: string; label: string }, Field extends string> = {
  id: string;
  title: string;
  diff: ListDiff<Item, Field>;
  fieldNames: Record<Field, string>;
  describeField: (item: Item, field: Field) => string;
  // One line about a whole item, for the added, removed and unchanged lists.
  summarize: (item: Item) => string;
  versions: { a: number; b: number };
};

function ItemList<Item extends { id: string; label: string }>({ items, summarize }: { items: Item[]; summarize: (item: Item) => string }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id}>
          <strong>{item.label}</strong>: {summarize(item)}
        </li>
      ))}
    </ul>
  );
}

/** Shows one list of a model (rules, disqualifiers or gate items) compared by id: added, removed, changed field by field, and unchanged collapsed. */
export function ListDiffSection<Item extends { id: string; label: string }, Field extends string>(props: Props<Item, Field>) {
  const { id, title, diff, fieldNames, describeField, summarize, versions } = props;

  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="muted">
        {diff.added.length} added, {diff.removed.length} removed, {diff.changed.length} changed, {diff.unchanged.length} unchanged. Items are matched by id.
      </p>

      {diff.added.length > 0 ? (
        <div className="diff-added">
          <h3>Added in version {versions.b}</h3>
          <ItemList items={diff.added} summarize={summarize} />
        </div>
      ) : null}

      {diff.removed.length > 0 ? (
        <div className="diff-removed">
          <h3>Removed in version {versions.b}</h3>
          <ItemList items={diff.removed} summarize={summarize} />
        </div>
      ) : null}

      {diff.changed.length > 0 ? (
        <>
          <h3>Changed</h3>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">What</th>
                <th scope="col">Version {versions.a}</th>
                <th scope="col">Version {versions.b}</th>
              </tr>
            </thead>
            <tbody>
              {diff.changed.flatMap((change) =>
                change.fields.map((field, index) => (
                  <tr key={`${change.id}-${field}`}>
                    {index === 0 ? (
                      <th scope="rowgroup" rowSpan={change.fields.length}>
                        {change.after.label}
                      </th>
                    ) : null}
                    <td>{fieldNames[field]}</td>
                    <td className="diff-before">{describeField(change.before, field)}</td>
                    <td className="diff-after">{describeField(change.after, field)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </>
      ) : null}

      {diff.unchanged.length > 0 ? (
        <details>
          <summary>Unchanged ({diff.unchanged.length})</summary>
          <ItemList items={diff.unchanged} summarize={summarize} />
        </details>
      ) : null}
    </section>
  );
}
