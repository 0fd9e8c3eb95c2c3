import type { ReactNode } from "react";

/**
 * Renders the numbers behind a chart as a table, its text alternative. With
 * `collapsed` the table sits in a closed <details>, for long series.
 */
export function DataTable({
  caption,
  columns,
  rows,
  collapsed = false,
}: {
  caption: string;
  columns: string[];
  rows: ReactNode[][];
  collapsed?: boolean;
}) {
  const table = (
    <table className="data">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, rowIndex) => (
          <tr key={rowIndex}>
            {cells.map((cell, cellIndex) => (cellIndex === 0 ? <th key={cellIndex} scope="row">{cell}</th> : <td key={cellIndex}>{cell}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
  );

  if (!collapsed) return table;

  return (
    <details className="chart-data">
      <summary>Show the numbers</summary>
      {table}
    </details>
  );
}
