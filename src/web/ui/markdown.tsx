import DOMPurify from "dompurify";
import { Marked } from "marked";
import { useMemo } from "react";

const renderers = new Map<number, Marked>();

/** A Marked that pushes headings down, so a document's "# Title" never competes with the page's own h1. */
function rendererFor(headingOffset: number): Marked {
  let renderer = renderers.get(headingOffset);
  if (!renderer) {
    renderer = new Marked({
      gfm: true,
      walkTokens(token) {
        if (token.type === "heading") {
          token.depth = Math.min(6, token.depth + headingOffset);
        }
      },
    });
    renderers.set(headingOffset, renderer);
  }
  return renderer;
}

interface MarkdownProps {
  source: string;
  /** How many levels to push headings down: 1 under the page's h1, 2 inside a section with an h2. */
  headingOffset?: 1 | 2;
}

/** Renders Markdown written by people (bios, policies). Raw HTML in it is removed, never trusted. */
export function Markdown({ source, headingOffset = 2 }: MarkdownProps) {
  const html = useMemo(() => {
    const rendered = rendererFor(headingOffset).parse(source, { async: false });
    return DOMPurify.sanitize(rendered, { USE_PROFILES: { html: true }, FORBID_TAGS: ["style", "form", "input"] });
  }, [source, headingOffset]);
  return (
    <div
      className="prose"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: the HTML was just sanitised by DOMPurify above.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
