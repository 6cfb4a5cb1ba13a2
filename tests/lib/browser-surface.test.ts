import { expect, test } from 'vitest';
import { originPattern, PANEL_NAME, TARGET } from '../../lib/browser-surface';

test('the unit tests run the Chrome build: side panel, patterns with ports', () => {
  expect(TARGET).toBe('chrome');
  expect(PANEL_NAME).toBe('side panel');
});

test.each([
  ['http://helpdesk.local:8080', 'http://helpdesk.local:8080/*', 'http://helpdesk.local/*'],
  ['https://support.example.com', 'https://support.example.com/*', 'https://support.example.com/*'],
  ['http://[::1]:3000', 'http://[::1]:3000/*', 'http://[::1]/*'],
])(
  'one origin as a match pattern: %s (Chrome keeps the port, Firefox cannot take one)',
  (origin, chrome, firefox) => {
    expect(originPattern(origin, 'chrome')).toBe(chrome);
    expect(originPattern(origin, 'firefox')).toBe(firefox);
    expect(originPattern(origin)).toBe(chrome);
  },
);
