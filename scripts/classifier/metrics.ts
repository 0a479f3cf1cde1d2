/** Binary classification metrics used by training, evaluation and the regression tests. */
export interface Metrics {
  n: number;
  accuracy: number;
  macroF1: number;
  auc: number;
}

export function accuracy(labels: readonly number[], predicted: readonly boolean[]): number {
  let right = 0;
  labels.forEach((y, i) => {
    if ((y === 1) === predicted[i]) right++;
  });
  return labels.length ? right / labels.length : 0;
}

export function macroF1(labels: readonly number[], predicted: readonly boolean[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  labels.forEach((y, i) => {
    const p = predicted[i];
    if (y === 1 && p) tp++;
    else if (y === 1) fn++;
    else if (p) fp++;
    else tn++;
  });
  const f1 = (a: number, b: number, c: number) => (a === 0 ? 0 : (2 * a) / (2 * a + b + c));
  return (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2;
}

/** ROC-AUC by ranks (ties count half). */
export function rocAuc(labels: readonly number[], scores: readonly number[]): number {
  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => a[0] - b[0]);
  let rankSumPositive = 0;
  let positives = 0;
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[order[k]![1]] === 1) {
        rankSumPositive += rank;
        positives++;
      }
    }
    i = j + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return 0.5;
  return (rankSumPositive - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export function brier(labels: readonly number[], probabilities: readonly number[]): number {
  let sum = 0;
  labels.forEach((y, i) => (sum += ((probabilities[i] ?? 0) - y) ** 2));
  return labels.length ? sum / labels.length : 0;
}

/** Expected calibration error over equal-width bins. */
export function ece(
  labels: readonly number[],
  probabilities: readonly number[],
  bins = 10,
): number {
  const count = new Array<number>(bins).fill(0);
  const confidence = new Array<number>(bins).fill(0);
  const hits = new Array<number>(bins).fill(0);
  labels.forEach((y, i) => {
    const p = probabilities[i] ?? 0;
    const b = Math.min(bins - 1, Math.floor(p * bins));
    count[b]!++;
    confidence[b]! += p;
    hits[b]! += y;
  });
  let sum = 0;
  for (let b = 0; b < bins; b++) {
    if (count[b]) sum += Math.abs(confidence[b]! - hits[b]!);
  }
  return labels.length ? sum / labels.length : 0;
}

export function metrics(
  labels: readonly number[],
  scores: readonly number[],
  predicted: readonly boolean[],
): Metrics {
  return {
    n: labels.length,
    accuracy: accuracy(labels, predicted),
    macroF1: macroF1(labels, predicted),
    auc: rocAuc(labels, scores),
  };
}
