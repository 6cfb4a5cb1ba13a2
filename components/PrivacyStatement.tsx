/** What Poise reads, what it keeps where and for how long, and that nothing leaves the browser. */
export function PrivacyStatement() {
  return (
    <section className="section privacy" id="privacy" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Privacy</h2>
      <p>
        <strong>Nothing is sent anywhere.</strong> Poise makes no network requests: the analysis, the
        suggestions and everything it stores stay in this browser.
      </p>
      <h3>What Poise reads</h3>
      <p>
        Only on helpdesk pages where Poise is on: the visible conversation (the messages and who wrote them)
        and the reply you are drafting, so it can flag escalation and coach the draft.
      </p>
      <h3>What Poise stores, and where</h3>
      <ul className="bullets">
        <li>
          <strong>Browser sync storage:</strong> your settings (sites switched on or off, sensitivity,
          suggestion kinds, the offers you may make, your name in replies, insert mode, page selectors). If
          you use browser sync, your browser syncs them.
        </li>
        <li>
          <strong>Local storage on this computer:</strong> your own phrases; what Poise learned from your
          dismissals (the flagged phrase and its signal, with salted hashes that tell conversations apart,
          never their text); and private post-chat reviews (risk scores and the replies you inserted, no
          customer messages), each review kept for at most 30 days.
        </li>
        <li>
          <strong>Session storage:</strong> the analysis of each open tab&apos;s conversation, cleared when
          the browser closes.
        </li>
      </ul>
      <p>
        A team playbook set by your administrator is read from the browser&apos;s managed storage and cannot
        be changed here.
      </p>
      <h3>Page structure files</h3>
      <p>
        Only when you click &ldquo;Save this page&rsquo;s structure&rdquo;: a copy of the page&apos;s layout,
        with every word and every value that could be someone&apos;s replaced by placeholders, saved to your
        downloads for a bug report. Poise keeps no copy and sends it nowhere.
      </p>
    </section>
  );
}
