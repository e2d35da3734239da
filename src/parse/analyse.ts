import type {ReportModel} from '../model/types.js';
import {createClassifier, type Vocabulary} from '../model/vocabulary.js';
import {createContextMatchers, type ContextWords} from './context.js';
import {extractReport} from './extract.js';
import {guardReport} from './guard.js';
import {parseMarkdown} from './markdown.js';

/** What extraction needs from the policy: plain data, so it can be sent to a worker thread. */
export interface AnalysisSettings {
  vocabulary: Vocabulary;
  contextWords: ContextWords;
}

/**
 * Builds the analyser for one policy: refuse pathological text, parse once, extract the model, drop
 * the tree. Throws `UnparseableReport` for a refused report.
 */
export function createAnalyser(settings: AnalysisSettings): (text: string, path: string) => ReportModel {
  const classifier = createClassifier(settings.vocabulary);
  const context = createContextMatchers(settings.contextWords);
  return (text, path) => {
    guardReport(text);
    return extractReport(parseMarkdown(text), {path, classifier, context});
  };
}
