import { h } from './dom';
import type { ScriptControl } from './types';

/**
 * A small bar for the person trying the demo: play, pause, step and reset the scripted customer.
 * Marked data-demo-controls so nobody mistakes it for part of the helpdesk.
 */
export function renderControls(script: ScriptControl): { el: HTMLElement; update(): void } {
  const status = h('span', { class: 'demo-controls__status', 'aria-live': 'polite' });
  const play = h('button', { type: 'button' }, 'Play');
  const step = h('button', { type: 'button' }, 'Next message');
  const reset = h('button', { type: 'button' }, 'Reset');
  play.addEventListener('click', () => (script.playing ? script.pause() : script.start()));
  step.addEventListener('click', () => script.step());
  reset.addEventListener('click', () => script.reset());
  const el = h(
    'div',
    { class: 'demo-controls', 'data-demo-controls': true, role: 'region', 'aria-label': 'Demo controls' },
    h('strong', {}, 'Demo'),
    h('span', {}, 'scripted customer:'),
    play,
    step,
    reset,
    status,
  );
  const update = () => {
    play.textContent = script.playing ? 'Pause' : 'Play';
    play.disabled = !script.playing && script.position >= script.length;
    step.disabled = script.position >= script.length;
    status.textContent = `${script.position}/${script.length}${script.playing ? ' · playing' : ''}`;
  };
  update();
  return { el, update };
}
