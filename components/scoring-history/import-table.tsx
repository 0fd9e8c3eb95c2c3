import Link from "next/link";

import { formatDateTime } from "@/components/leads/format";
import { formatCount } from "@/lib/metrics/format";
import { formatRate } from "@/lib/metrics/rates";
import type { ImportSummary } from "@/lib/scoring/history/queries";

import type { DeleteState } from "./action-states";
import { DeleteImportForm } from "./delete-import-form";

type Props = {
  imports: ImportSummary[];
  // The delete server action bound to one import's id.
  deleteActionFor: (importId: string) => (state: DeleteState, formData: FormData) => Promise<DeleteState>;
};

/** Lists the historical imports, newest first, each linking to its back-test page. */
export function ImportTable({ imports, deleteActionFor }: Props) {
  if (imports.length === 0) return <p className="muted">No imports yet. Upload a CSV of past leads above.</p>;

  return (
    <table className="data">
      <caption className="visually-hidden">Historical imports</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Leads</th>
          <th scope="col">Converted</th>
          <th scope="col">Imported</th>
          <th scope="col">By</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {imports.map((item) => (
          <tr key={item.id}>
            <th scope="row">
              <Link href={`/scoring/history/${item.id}`}>{item.name}</Link>
            </th>
            <td>{formatCount(item.rowCount)}</td>
            <td>
              {formatCount(item.positives)} ({formatRate(item.rowCount === 0 ? null : item.positives / item.rowCount)})
            </td>
            <td>{formatDateTime(item.createdAt)}</td>
            <td>{item.createdByName ?? "—"}</td>
            <td>
              <DeleteImportForm action={deleteActionFor(item.id)} name={item.name} rows={item.rowCount} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
