// What the Characters, Plugins and Stories methods answer: the payloads the content queries build (db/queries/types).
import type { CharacterComparison, CharacterDetail, CharactersDashboard, PluginDetail, PluginsDashboard, StoriesDashboard, StoryDetail } from '../../../db/queries/types/content';

export interface ContentOutputs {
  characters: CharactersDashboard;
  character: CharacterDetail;
  compareCharacters: CharacterComparison;
  plugins: PluginsDashboard;
  plugin: PluginDetail;
  stories: StoriesDashboard;
  story: StoryDetail;
}
