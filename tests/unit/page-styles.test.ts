import { describe, expect, it } from "vitest";

import { createStyleTrimmer, pageTokens } from "../../src/integrations/page-styles";

describe("trimming a page's stylesheet", () => {
  const html = `<body class="flex sm:grid"><p id="intro" data-note>Hi <a href="/x">there</a></p></body>`;
  const trim = (css: string) => createStyleTrimmer(css)(pageTokens(html));

  it("reads the page's elements, classes, ids and attribute names", () => {
    expect([...pageTokens(html)].toSorted()).toEqual(
      ["#intro", ".flex", ".sm:grid", "[class", "[data-note", "[href", "[id", "a", "body", "p"].toSorted(),
    );
  });

  it("keeps rules whose selectors can match and drops those naming what the page lacks", () => {
    expect(trim(".flex{display:flex}.hidden{display:none}p a{color:red}table{border:0}")).toBe(
      ".flex{display:flex}p a{color:red}",
    );
    expect(trim("h1,p{margin:0}[data-note]{color:red}[data-other]{color:blue}#intro{x:y}#outro{x:y}")).toBe(
      "h1,p{margin:0}[data-note]{color:red}#intro{x:y}",
    );
  });

  it("never drops a rule for a pseudo-class, and looks inside a lone :where()", () => {
    expect(trim(":focus-visible{outline:1px}a:hover{color:red}:where(.flex>:not(:last-child)){gap:0}")).toBe(
      ":focus-visible{outline:1px}a:hover{color:red}:where(.flex>:not(:last-child)){gap:0}",
    );
    expect(trim(":where(.space-y-1>:not(:last-child)){margin:0}")).toBe("");
  });

  it("drops the parts of form controls on a page without any, and keeps them where there are some", () => {
    const css =
      "::placeholder{opacity:1}::-webkit-datetime-edit-year-field{padding:0}button,::file-selector-button{font:inherit}";
    expect(trim(css)).toBe("");
    for (const control of ["<input type=search>", "<textarea></textarea>"])
      expect(createStyleTrimmer(css)(pageTokens(`${html}${control}`))).toBe(css);
    expect(createStyleTrimmer(css)(pageTokens(`${html}<button>Go</button>`))).toBe(
      "button,::file-selector-button{font:inherit}",
    );
  });

  it("drops a media block left empty and keeps statements, declaration blocks and used media", () => {
    expect(
      trim(
        "@layer components;@property --x{syntax:'*';inherits:false}@media (width>=40rem){.sm\\:grid{display:grid}}@media print{.hidden{display:none}}",
      ),
    ).toBe("@layer components;@property --x{syntax:'*';inherits:false}@media (width>=40rem){.sm\\:grid{display:grid}}");
  });
});
