/** Settings that were damaged and fell back to their defaults, and the last error, in plain words. */
export function ProblemList({ problems, error }: { problems: readonly string[]; error: string | null }) {
  if (problems.length === 0 && !error) return null;
  return (
    <div className="problems">
      {error && (
        <p className="card-error" role="alert">
          {error}
        </p>
      )}
      {problems.length > 0 && (
        <>
          <p>Some settings could not be read and were reset:</p>
          <ul className="problem-list">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
