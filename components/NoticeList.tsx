/** Plain statements about what Poise cannot do on this page, instead of guesses. */
export function NoticeList({ notices }: { notices: readonly { id: string; text: string }[] }) {
  if (notices.length === 0) return null;
  return (
    <ul className="notices">
      {notices.map((n) => (
        <li key={n.id} className="notice" data-notice={n.id}>
          {n.text}
        </li>
      ))}
    </ul>
  );
}
