/** Shows the server's errors about one editor row in a table row under it. */
export function RowErrors({ errors, columns }: { errors: string[] | undefined; columns: number }) {
  if (!errors || errors.length === 0) return null;

  return (
    <tr className="row-errors">
      <td colSpan={columns}>
        <ul className="form-error">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      </td>
    </tr>
  );
}
