/** Shows the message of a failed action and its field errors, announced to screen readers. */
export function FormError({ message, fieldErrors }: { message: string; fieldErrors: Record<string, string> }) {
  const details = Object.entries(fieldErrors).filter(([, detail]) => detail !== message);

  return (
    <div className="form-error" role="alert">
      <p>{message}</p>
      {details.length > 0 ? (
        <ul>
          {details.map(([field, detail]) => (
            <li key={field}>{detail}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
