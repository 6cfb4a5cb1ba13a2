// @vitest-environment happy-dom
// The checks in ./hostile.ts must be able to fail: a component that renders chat text as HTML, or puts it in a URL
// attribute, is caught by them.
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { expectShownAsText, IMG, LINK, resetPwned, SCRIPT } from './hostile';

afterEach(cleanup);
beforeEach(resetPwned);

describe('the hostile-text checks', () => {
  test('pass for text rendered as a React text child', async () => {
    const { container } = render(<p>{`${IMG} ${SCRIPT} ${LINK}`}</p>);
    await expectShownAsText(container, [IMG, SCRIPT, LINK]);
  });

  test.each([IMG, SCRIPT, LINK])('fail for %s rendered with dangerouslySetInnerHTML', async (raw) => {
    // biome-ignore lint/security/noDangerouslySetInnerHtml: the unsafe rendering these checks must catch.
    const { container } = render(<p dangerouslySetInnerHTML={{ __html: raw }} />);
    await expect(expectShownAsText(container, [raw])).rejects.toThrow();
  });

  test('fail for chat text put into a link', async () => {
    const { container } = render(<a href="https://example.invalid/">{IMG}</a>);
    await expect(expectShownAsText(container, [IMG])).rejects.toThrow();
  });
});
