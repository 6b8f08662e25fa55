// A table wider than a phone scrolls sideways inside its own region instead of widening the page (reflow
// at 320 px). The region takes keyboard focus, so that keyboard users can scroll it too, and is named by the
// table's caption (or, for a table without one, by the heading above it), so a screen reader says what it is.
import type { ReactNode } from "react";

type RegionName =
  /** The caption names the table and its region; hidden when a heading already says the same on screen. */
  | { caption: ReactNode; captionId: string; hideCaption?: boolean }
  /** The id of a heading outside the table that names it. */
  | { labelledBy: string };

export function ScrollTable({ className = "table", children, ...name }: RegionName & { className?: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={"labelledBy" in name ? name.labelledBy : name.captionId} tabIndex={0}>
      <table className={className}>
        {"caption" in name ? (
          <caption id={name.captionId} className={name.hideCaption ? "visually-hidden" : undefined}>
            {name.caption}
          </caption>
        ) : null}
        {children}
      </table>
    </div>
  );
}
