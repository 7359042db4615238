import type { Topic } from "./topics";

/** What the site's feeds are called and hold, shared by the feeds and the pages that link to them. */

/** How many articles a feed holds: readers and aggregators want the latest, not the archive. */
export const FEED_ITEMS = 20;

/** A feed's title and description, as its channel and the pages that announce it name it. */
export interface FeedName {
  title: string;
  description: string;
}

/** The site's feed: every topic. */
export const siteFeed = (siteName: string): FeedName => ({
  title: `${siteName}: lower back pain articles`,
  description: "New and newly reviewed articles on lower back pain, massage, self-care and warning signs.",
});

/** One topic's feed. */
export const topicFeed = (siteName: string, topic: Topic): FeedName => ({
  title: `${siteName}: ${topic.label}`,
  description: topic.summary,
});
