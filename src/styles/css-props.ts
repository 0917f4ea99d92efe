/**
 * `<span ${cssProps({ '--_progress': '0.5', height: '20px' })}>`: sets inline style properties
 * through CSSOM (`element.style.setProperty`) on every render, the first one included.
 *
 * Lit's `styleMap` writes the `style` attribute as a string on its first render, which a page's
 * `style-src` policy (without `'unsafe-inline'`) blocks: that first picture would lose those
 * styles. CSSOM changes are not governed by CSP, so this never writes a `style` attribute.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type CssProps = Readonly<Record<string, string | number | undefined>>;

class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssProps() goes on an element: <span ${cssProps({…})}>');
  }

  render(_props: CssProps): unknown {
    return noChange;
  }

  override update(part: ElementPart, [props]: [CssProps]): unknown {
    const style = (part.element as HTMLElement | SVGElement).style;
    const current = new Set<string>();
    for (const name in props) {
      const value = props[name];
      if (value === undefined) continue;
      current.add(name);
      style.setProperty(name, String(value));
    }
    for (const name of this.previous) if (!current.has(name)) style.removeProperty(name);
    this.previous = current;
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
