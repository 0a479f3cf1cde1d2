/**
 * Hand-written word families for negation and reversal: the places where a negative word is part of
 * good news ("deaths fall", "rescued from", "cancer-free", "no weakness"). They are general English
 * patterns, not lists of test sentences; the model learns how much each family is worth.
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Words that open a negation scope (the tokenizer turns "n't" into "not"). */
export const NEGATORS = set(`
  not no never without nobody nothing none nor neither cannot zero
`);

/** Scope of a negation, in tokens, unless a clause break comes first. */
export const NEGATION_SCOPE = 3;

/** Bad quantities: when they fall, the news is good. */
export const BAD_QUANTITIES = set(`
  death deaths fatalities fatality mortality crime crimes murder murders homicide homicides
  shooting shootings violence poverty unemployment homelessness hunger starvation malnutrition
  malaria polio measles hiv aids tuberculosis cholera disease diseases infection infections cases
  cancer cancers emissions pollution smog smoking overdose overdoses suicide suicides obesity
  deforestation poaching inequality debt waste plastic accidents crashes incarceration
  pregnancies pregnancy rates rate illiteracy extinction addiction abuse bullying evictions
  arrests burglaries robberies thefts casualties deficit inflation layoffs
`);

/** A bad quantity followed by one of these ("crime falls", "deaths drop by half"). */
export const DECLINE_AFTER = set(`
  fall falls fell falling drop drops dropped dropping decline declines declined declining
  plunge plunges plunged plummet plummets plummeted halve halved halves half tumble tumbles
  tumbled decrease decreases decreased shrink shrinks shrank sink sinks sank low lowest
  lower eradicated eliminated ended reduced slashed cut curbed vanish vanishes vanished
  disappear disappears disappeared zero
`);

/** One of these followed by a bad thing ("ends homelessness", "beats cancer", "cures malaria"). */
export const DEFEAT_BEFORE = set(`
  end ends ending ended eliminate eliminates eliminated eradicate eradicates eradicated reduce
  reduces reduced reducing halve halves halved slash slashes slashed curb curbs curbed cure
  cures cured curing beat beats beating beaten defeat defeats defeated overcome overcomes
  overcame conquer conquers conquered prevent prevents prevented preventing survive survives
  survived surviving survivor survivors tackle tackles tackled fights fought combat combats
  treat treats treated heal heals healed recover recovers recovered recovering recovery
  lowers lowered cutting cuts stops stopped stop
`);

/** Saving someone from harm: the harm that follows is the backdrop, not the news. */
export const RESCUE_BEFORE = set(`
  rescue rescues rescued rescuing rescuer rescuers save saves saved saving free frees freed
  escape escapes escaped pull pulls pulled evacuate evacuates evacuated shield shields shielded
  protect protects protected
`);

/** Care for someone in trouble: "comforts woman in crisis", "helps homeless man". */
export const CARE_BEFORE = set(`
  comfort comforts comforted comforting console consoles consoled hug hugs hugged help helps
  helped helping support supports supported feed feeds fed shelter shelters sheltered house
  houses housed adopt adopts adopted foster fosters fostered donate donates donated give gives
  gave giving hire hires hired visit visits visited care cares cared stays stayed stay sits
  reunite reunites reunited reunion welcome welcomes welcomed thank thanks thanked
`);

/** Things that are recovered: "returns lost wallet", "finds missing dog". */
export const RETURN_BEFORE = set(`
  return returns returned returning find finds found finding recover recovers recovered
  reunite reunites reunited track tracks tracked locate locates located bring brings brought
`);
export const LOSS_AFTER = set(`lost stolen missing lose abandoned stray`);

/**
 * Someone in harm's way came out of it, said after the harm: "hostage feared dead is freed",
 * "trapped miners rescued", "missing hikers found alive", "reef thought dead is recovering".
 * `alive` and `safe` count only after `found` ("buried alive" is not good news).
 */
export const RESCUED_AFTER = set(`
  freed rescued unharmed unhurt alive safe recovering thriving
`);
export const FOUND_ONLY = set(`alive safe`);
export const FOUND = 'found';

/**
 * Words that open another part of the sentence: a decline after them is not the bad quantity's
 * ("layoffs amid falling profits" is not "layoffs fall").
 */
export const CLAUSE_OPENERS = set(`
  amid amidst as while despite because since though although when whereas but than after
`);

/** After a defeat verb these make it an outcome, not a defeat: "ends in tragedy", "ends with death". */
export const OUTCOME_PREPOSITIONS = set(`in with`);

/** "cancer-free", "smoke-free", "debt-free": the hyphenated suffix undoes the bad word before it. */
export const FREE_SUFFIX = set(`free`);

/** "no longer homeless": the negation reverses a bad state. */
export const NO_LONGER = 'longer';

/** Words after which a bad word reads as adversity overcome ("who lost a leg", "despite"). */
export const ADVERSITY_INTRO = set(`after despite who`);

/** How far a pattern reaches (tokens), never across a clause break. */
export const PATTERN_REACH = 5;

/** Every family as one bit, so a token needs a single lookup to know its roles. */
export const ROLE = {
  negator: 1,
  bad: 2,
  decline: 4,
  defeat: 8,
  rescue: 16,
  care: 32,
  returned: 64,
  loss: 128,
  free: 256,
  adversity: 512,
  rescued: 1024,
  opener: 2048,
} as const;

export const ROLES: ReadonlyMap<string, number> = (() => {
  const roles = new Map<string, number>();
  const add = (words: ReadonlySet<string>, bit: number) => {
    for (const word of words) roles.set(word, (roles.get(word) ?? 0) | bit);
  };
  add(NEGATORS, ROLE.negator);
  add(BAD_QUANTITIES, ROLE.bad);
  add(DECLINE_AFTER, ROLE.decline);
  add(DEFEAT_BEFORE, ROLE.defeat);
  add(RESCUE_BEFORE, ROLE.rescue);
  add(CARE_BEFORE, ROLE.care);
  add(RETURN_BEFORE, ROLE.returned);
  add(LOSS_AFTER, ROLE.loss);
  add(FREE_SUFFIX, ROLE.free);
  add(ADVERSITY_INTRO, ROLE.adversity);
  add(RESCUED_AFTER, ROLE.rescued);
  add(CLAUSE_OPENERS, ROLE.opener);
  return roles;
})();
