/**
 * episode-kit: registers every element and exports what a developer needs to write a widget of
 * their own that joins a provider.
 */
export * from './components/episode-provider/index.js';
export * from './components/key-moments/index.js';
export * from './components/knowledge-graph/index.js';
export * from './components/episode-summary/index.js';
export * from './components/episode-topics/index.js';
export * from './components/entity-list/index.js';
export * from './components/transcript-view/index.js';

export * from './episode/index.js';
export * from './events.js';
export * from './context.js';
export { EpisodeController, type EpisodeHost, type EpisodeControllerOptions } from './widget/episode-controller.js';
export { EpisodeWidget } from './widget/episode-widget.js';
export { isNormalizedEpisode } from './episode/normalized.js';
export { MediaBinding, isMediaLike, type MediaLike } from './media/media-binding.js';
export { defaultStrings, plural, pluralForm, registerStrings, stringsFor, type EkStrings, type PluralForms } from './i18n/strings.js';
export { LocalizeController, type LocalizedHost } from './i18n/localize.js';
export { tokens as tokenStyles } from './styles/shared.styles.js';
