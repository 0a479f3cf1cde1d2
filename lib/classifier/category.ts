/**
 * Which kind of good news is this? Keyword families over the story's words; the first family with
 * the most hits wins, `other` when none fits. Only asked for stories already judged uplifting.
 */
import type { Category } from './types';

const FAMILIES: ReadonlyArray<[Category, ReadonlySet<string>]> = (
  [
    [
      'rescue',
      `rescue rescues rescued rescuing rescuer rescuers saves saved lifeguard firefighter
       firefighters firemen paramedic paramedics evacuated pulled plucked freed trapped stranded
       drowning lifesaving heimlich cpr`,
    ],
    [
      'animals',
      `dog dogs puppy puppies pup pups cat cats kitten kittens animal animals bird birds horse
       elephant elephants whale whales dolphin dolphins turtle turtles bear bears lion lions
       tiger tigers owl penguin penguins pet pets shelter wildlife zoo koala koalas otter
       otters goat goats cow cows pig pigs deer fox monkey gorilla chimp rhino rhinos seal
       seals shark sharks duck ducks ducklings fawn calf`,
    ],
    [
      'recovery',
      `recover recovers recovered recovery survivor survivors survives survived cancer-free
       remission transplant heal heals healed healing rehab comeback beats beat
       overcomes overcame wakes coma`,
    ],
    [
      'health-science',
      `cure cures cured vaccine vaccines treatment therapy study scientists researchers
       research breakthrough discover discovers discovered discovery drug trial patients doctors
       hospital malaria cancer hiv disease diseases alzheimer's alzheimer dementia diabetes
       gene genes cells brain medical medicine nasa space telescope deaths mortality`,
    ],
    [
      'environment',
      `climate solar wind renewable renewables energy emissions carbon forest forests trees
       tree ocean oceans reef reefs plastic recycling recycled pollution species endangered
       extinct extinction conservation wildlife park parks river rivers bees coal electric
       green clean planet environment environmental`,
    ],
    [
      'kindness',
      `kind kindness stranger strangers donates donated donate donation gift gifts gives gave
       generous generosity surprise surprises surprised pays paid tip volunteer volunteers
       comfort comforts comforted hug hugs jacket homeless returns returned wallet honest
       honesty good samaritan samaritans helps helped helping care cares compassion`,
    ],
    [
      'achievement',
      `first record graduates graduated graduation degree wins won award awarded prize
       champion championship marathon medal medals scholarship becomes youngest oldest
       achieves completes completed finishes climbs summit gold`,
    ],
    [
      'community',
      `community neighbors neighbours neighborhood town village city residents locals
       together crime church school schools library volunteers team fundraiser raises raised
       rally rallies celebrate celebrates`,
    ],
  ] as const
).map(([category, list]) => [category, new Set(list.trim().split(/\s+/))]);

export function categorize(words: readonly string[]): Category {
  let best: Category = 'other';
  let bestHits = 0;
  for (const [category, family] of FAMILIES) {
    let hits = 0;
    for (const word of words) if (family.has(word)) hits++;
    if (hits > bestHits) {
      best = category;
      bestHits = hits;
    }
  }
  return best;
}
