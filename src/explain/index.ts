export { renderDecision, type RenderOptions } from './render.js';
