import { fitTemperature, scaled } from './calibration';
import { trainEnsemble } from './ensemble';
import {
  type Document,
  defaultFeatureSpec,
  extractFeatures,
  type FeatureBag,
  type FeatureSpec,
  sameSpec,
} from './features';
import { deserializeParts, type ModelParts, type SerializedClassifier, serializeParts } from './model-format';
import { LinearScorer } from './scorer';
import { defaultSvmOptions, type SvmOptions } from './svm';
import { Vocabulary } from './vocabulary';

export type { SerializedClassifier } from './model-format';
export { StaleModelError } from './model-format';

export interface LabelledDocument extends Document {
  label: string;
}

export interface Prediction {
  label: string;
  confidence: number;
  /** Every label with its probability, best first. */
  ranking: { label: string; probability: number }[];
}

export interface ClassifierTrainOptions {
  features?: FeatureSpec;
  svm?: Partial<SvmOptions>;
  /** Minimum number of training documents a feature must occur in. */
  minDf?: number;
  /**
   * Also train on a title-only copy of each document with a body: most incoming messages (and most test
   * rows) are short, and the copy teaches the model to decide from the title alone (+0.3 macro-F1 points).
   */
  titleOnlyCopies?: boolean;
}

/**
 * Scale of a freshly trained model's scores until held-out examples calibrate it (temperatureFor):
 * fitted on two stratified held-out fifths of the 2020 泰迪杯 messages (1.97, 1.74). Confidence ≥ 0.6
 * then covers ~90% of messages at ~94% accuracy (at 4: 96% of them at 91.5%).
 */
export const DEFAULT_TEMPERATURE = 1.8;

/** A trained text classifier: TF-IDF over hashed jieba words and char n-grams + the SVM ensemble. */
export class TextClassifier {
  private readonly scorer: LinearScorer;

  private constructor(private readonly parts: ModelParts) {
    this.scorer = new LinearScorer(parts.vocabulary, parts.model);
  }

  get labels(): string[] {
    return this.parts.labels;
  }

  /** How this model reads text; messages may be featurised once for every model with the same spec. */
  get featureSpec(): FeatureSpec {
    return this.parts.spec;
  }

  static train(input: LabelledDocument[], options: ClassifierTrainOptions = {}): TextClassifier {
    const docs =
      options.titleOnlyCopies === false
        ? input
        : [...input, ...input.filter((d) => d.body).map((d) => ({ title: d.title, label: d.label }))];
    const spec = options.features ?? defaultFeatureSpec;
    const labels = [...new Set(docs.map((d) => d.label))].sort();
    if (labels.length < 2) throw new Error('training needs at least two labels');
    const bags = docs.map((d) => extractFeatures(d, spec));
    const vocabulary = Vocabulary.fit(bags, options.minDf ?? 2);
    const xs = bags.map((bag) => vocabulary.transform(bag));
    const ys = docs.map((d) => labels.indexOf(d.label));
    const model = trainEnsemble(xs, ys, labels.length, vocabulary.size, {
      ...defaultSvmOptions,
      ...options.svm,
    });
    return new TextClassifier({ labels, spec, vocabulary, model: scaled(model, DEFAULT_TEMPERATURE) });
  }

  /** Features of a document the way this model reads it. */
  features(doc: Document): FeatureBag {
    return extractFeatures(doc, this.parts.spec);
  }

  predict(doc: Document): Prediction {
    return this.predictFeatures(this.features(doc));
  }

  /** Predict from features already extracted (with any spec equal to `featureSpec`). */
  predictFeatures(bag: FeatureBag): Prediction {
    if (bag.spec !== this.parts.spec && !sameSpec(bag.spec, this.parts.spec))
      throw new Error('features were extracted with another spec than this model reads');
    const p = this.scorer.probabilities(bag);
    const ranking = this.parts.labels
      .map((label, i) => ({ label, probability: p[i]! }))
      .sort((a, b) => b.probability - a.probability);
    return { label: ranking[0]!.label, confidence: ranking[0]!.probability, ranking };
  }

  /**
   * The factor by which this model's scores should be multiplied so that its confidence matches its
   * accuracy on `heldOut` (examples it did not train on; labels it does not know are skipped).
   */
  temperatureFor(heldOut: LabelledDocument[]): number {
    const known = heldOut.filter((d) => this.parts.labels.includes(d.label));
    if (known.length === 0) return 1;
    const scores = known.map((d) => this.scorer.scores(this.features(d)));
    return fitTemperature(
      scores,
      known.map((d) => this.parts.labels.indexOf(d.label)),
    );
  }

  /** The same model with its scores multiplied by t: same decisions, recalibrated confidence. */
  rescaled(t: number): TextClassifier {
    return new TextClassifier({ ...this.parts, model: scaled(this.parts.model, t) });
  }

  serialize(): SerializedClassifier {
    return serializeParts(this.parts);
  }

  /** A stored model; older formats are converted, unusable ones throw StaleModelError. */
  static deserialize(data: unknown): TextClassifier {
    return new TextClassifier(deserializeParts(data));
  }
}
