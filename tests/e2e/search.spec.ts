import { expect, test } from "@playwright/test";

/**
 * Readers arrive with one word in mind ("chiropractor", "TENS"). The site's own search (Pagefind,
 * in the browser) must lead each obvious word to the article written for it: a page that exists but
 * cannot be found by its word sends the reader back to another site. Add a row for each new article
 * whose readers search by a word of their own.
 */
const WORD_TO_ARTICLE: readonly (readonly [word: string, path: string])[] = [
  ["chiropractor", "/techniques/massage-chiropractic-osteopathy-or-physiotherapy/"],
  ["osteopath", "/techniques/massage-chiropractic-osteopathy-or-physiotherapy/"],
  ["TENS", "/techniques/acupuncture-dry-needling-and-tens/"],
  ["acupuncture", "/techniques/acupuncture-dry-needling-and-tens/"],
  ["licence", "/techniques/choosing-a-massage-therapist/"],
];

for (const [word, path] of WORD_TO_ARTICLE) {
  test(`searching for "${word}" finds ${path}`, async ({ page }) => {
    await page.goto("/search/");
    await page.locator(".pagefind-ui__search-input").fill(word);
    // The first page of results, as a reader sees it without asking for more.
    await expect(page.locator(`a.pagefind-ui__result-link[href="${path}"]`)).toBeVisible();
  });
}
