import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { registerStaticRenderer, StaticHtml } from "../../app/components/static-html";

registerStaticRenderer({ render: renderToString });

describe("static HTML on the server", () => {
  it("builds its children once per key, and writes what the children would", () => {
    let built = 0;
    const children = () => {
      built += 1;
      return (
        <>
          <span className="question-number">2.1</span> Gebruikt de partij tweestapsverificatie?
        </>
      );
    };
    const first = renderToString(
      <StaticHtml as="legend" cacheKey="test:v1:nl:q:legend">
        {children}
      </StaticHtml>,
    );
    const second = renderToString(
      <StaticHtml as="legend" cacheKey="test:v1:nl:q:legend">
        {children}
      </StaticHtml>,
    );
    expect(built).toBe(1);
    expect(second).toBe(first);
    expect(first).toBe(renderToString(<legend>{children()}</legend>));
  });

  it("builds the children every time when there is no key", () => {
    let built = 0;
    const children = () => {
      built += 1;
      return <p>Weet ik niet</p>;
    };
    for (let i = 0; i < 3; i++)
      renderToString(
        <StaticHtml as="div" cacheKey={null}>
          {children}
        </StaticHtml>,
      );
    expect(built).toBe(3);
  });
});
