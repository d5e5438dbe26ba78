import type { ReportLanguage } from './i18n.js';

/** A chart; HTML draws it as inline SVG, Markdown leaves it out (its numbers are in the next table). */
export type ChartSpec =
  | {
      kind: 'wall';
      title: string;
      description: string;
      bars: { id: string; share: number; low: number; high: number }[];
    }
  | {
      kind: 'perspectives';
      title: string;
      description: string;
      columns: string[];
      rows: { id: string; values: (number | null)[] }[];
    }
  | {
      kind: 'map';
      title: string;
      description: string;
      columns: string[];
      rows: { label: string; values: (number | null)[] }[];
    };

/** A block of a report document; all text is plain and escaped by the renderer. */
export type Block =
  | {
      type: 'heading';
      level: 1 | 2 | 3 | 4;
      text: string;
      anchor?: string;
      /** Starts a new printed page (a field's section, the appendix). */
      page?: boolean;
    }
  | { type: 'quote'; text: string; source: string }
  | { type: 'paragraph'; text: string; notice?: boolean }
  | { type: 'list'; items: string[] }
  | { type: 'links'; label: string; items: { text: string; anchor: string }[] }
  | { type: 'table'; caption: string; head: string[]; rows: string[][] }
  | { type: 'chart'; chart: ChartSpec };

/** A report laid out as blocks, shared by the Markdown and HTML renderers. */
export interface ReportDocument {
  /** Language the document is written in. */
  language: ReportLanguage;
  /** Title of the page. */
  title: string;
  /** The content, in reading order. */
  blocks: Block[];
}

/** Options of the renderers. */
export interface RenderOptions {
  /** Language of the report (default German). */
  language?: ReportLanguage;
  /** Render only this workshop (its Ist-Analyse) instead of the whole series. */
  workshop?: string;
}
