import { fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';

/**
 * Renders `template` into a fresh container that already listens for `type`, and resolves with
 * the element and the first such event. Unlike `await fixture(...)` then `oneEvent(...)`, it cannot
 * miss an event fired before the fixture settled (a local 404 can come back within a frame).
 */
export async function renderAndCatch<T extends Element = Element, E extends Event = CustomEvent>(template: TemplateResult, type: string): Promise<{ element: T; event: E }> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  // Capture on an ancestor sees the event whether or not it bubbles.
  const caught = new Promise<E>((resolve) => container.addEventListener(type, (e) => resolve(e as E), { capture: true, once: true }));
  render(template, container);
  const element = container.firstElementChild as T;
  return { element, event: await caught };
}
