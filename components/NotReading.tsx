/**
 * Shown in place of the risk meter while Poise has read no customer message: no level, no score, and why.
 * A green "Calm" over an unread page would tell the agent all is well when Poise simply cannot see the chat.
 */
export function NotReading({ reason }: { reason: string }) {
  return (
    <section className="risk risk-none" aria-labelledby="risk-heading" data-testid="not-reading">
      <h2 id="risk-heading" className="visually-hidden">
        Risk
      </h2>
      <p className="risk-level" data-testid="risk-none">
        Not reading this chat yet
      </p>
      <p className="risk-hint" data-testid="not-reading-reason">
        {reason}
      </p>
    </section>
  );
}
