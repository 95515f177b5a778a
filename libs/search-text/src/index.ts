export { searchTerms, indexText } from './segment.js';
export { snippet } from './snippet.js';
