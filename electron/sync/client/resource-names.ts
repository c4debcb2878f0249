// The collections of the contract, in the order a sync walks them: a module without their schemas, so
// the command line checks --only before it starts the sync's thread, without loading them first.
export const RESOURCE_NAMES = [
  'characters',
  'plugins',
  'stories',
  'announcements',
  'ledger',
  'payouts',
  'support',
  'stats/characters',
  'stats/character-scenarios',
  'stats/character-models',
  'stats/character-chat-lengths',
  'stats/character-topics',
  'stats/activity-hourly',
  'stats/plugins',
  'stats/stories',
  'stats/story-chapters',
  'stats/story-milestones',
  'stats/story-identities',
  'stats/audience',
  'stats/countries',
  'stats/hashtags',
] as const;

export type ResourceName = (typeof RESOURCE_NAMES)[number];

export function isResourceName(name: string): name is ResourceName {
  return (RESOURCE_NAMES as readonly string[]).includes(name);
}
