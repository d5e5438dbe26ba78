import fc from 'fast-check';
import { LitElement } from 'lit';
import { describe, expect, test, vi } from 'vitest';
import { define } from './define.js';
import { highlightSegments } from './highlight.js';
import { closestWithAttribute, resolveLocale } from './locale.js';
import { mailHref, safeHref, telHref } from './safe-url.js';

describe('define', () => {
  test('registers once; a different class for a taken tag warns instead of throwing', () => {
    class First extends LitElement {}
    class Second extends LitElement {}
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    define('vf-define-test', First);
    define('vf-define-test', First);
    expect(warn).not.toHaveBeenCalled();
    expect(() => define('vf-define-test', Second)).not.toThrow();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('vf-define-twice: <vf-define-test>'));
    expect(customElements.get('vf-define-test')).toBe(First);
    warn.mockRestore();
  });
});

describe('locale', () => {
  test('lang and dir come from the nearest ancestor, across shadow roots', () => {
    const outer = document.createElement('div');
    outer.lang = 'fa';
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(outer);
    expect(closestWithAttribute(inner, 'lang')).toBe(outer);
    expect(resolveLocale(inner)).toMatchObject({ lang: 'fa', dir: 'rtl' });
    host.dir = 'ltr'; // an explicit dir inside the language's subtree wins
    expect(resolveLocale(inner).dir).toBe('ltr');
    document.documentElement.dir = 'rtl'; // a dir above the language's subtree does not
    outer.lang = 'de';
    host.removeAttribute('dir');
    expect(resolveLocale(inner).dir).toBe('ltr');
    document.documentElement.removeAttribute('dir');
    outer.remove();
  });
});

describe('highlightSegments', () => {
  test('marks the ranges and keeps every character exactly once, whatever the offsets', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: -5, max: 60 }))),
        (text, ranges) => {
          const segments = highlightSegments(text, ranges);
          expect(segments.map((s) => s.text).join('')).toBe(text);
          for (let i = 1; i < segments.length; i++)
            expect(segments[i]!.mark && segments[i - 1]!.mark).toBe(false);
        },
      ),
    );
    expect(
      highlightSegments('Deutschkurs in Marl', [
        [0, 7],
        [5, 11],
      ]),
    ).toEqual([
      { text: 'Deutschkurs', mark: true },
      { text: ' in Marl', mark: false },
    ]);
  });
});

describe('safe links', () => {
  test('only http(s), mailto and tel', () => {
    expect(safeHref('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHref('mailto:a@example.org')).toBe('mailto:a@example.org');
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '/relative',
      'x',
    ]) {
      expect(safeHref(bad)).toBeUndefined();
    }
    expect(telHref('+49 2361 12-345')).toBe('tel:+49236112345');
    expect(telHref('javascript:1')).toBeUndefined();
    expect(mailHref('a@example.org')).toBe('mailto:a@example.org');
    expect(mailHref('"><img>@x.y')).toBeUndefined();
  });
});
