/** Reuters: its story cards and where in them the headline and teaser sit. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const reuters: SiteAdapter = {
  id: 'reuters',
  name: 'Reuters',
  matches: onHosts('reuters.com'),
  cards:
    '[data-testid="MediaStoryCard"], [data-testid="TextStoryCard"], [data-testid="StoryCard"], .story-collection__story',
  headline: '[data-testid="Heading"], [data-testid="Title"], h3 a',
  teaser: '[data-testid="Description"], [data-testid="Body"]',
  exclude: '[data-testid="MostRead"], [data-testid="Ad"]',
};
