// The one call the Markdown test needs; markdown-it ships no types of its own.
declare module 'markdown-it' {
  export default class MarkdownIt {
    render(source: string): string;
  }
}
