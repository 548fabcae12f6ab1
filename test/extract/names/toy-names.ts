/**
 * A toy language for the chain learners' tests (perceptron.test.ts, crf.test.ts): tags O=0, B=1, I=2 (I only
 * after B or I); a name is a run of capitalised words after "ông" or "bà".
 */
export const legal = (previous: number | null, next: number): boolean =>
  next !== 2 || previous === 1 || previous === 2;

export const featuresOf = (words: string[]): string[][] =>
  words.map((w, i) => [
    `w=${w.toLowerCase()}`,
    `cap=${/^[A-ZĐ]/.test(w)}`,
    `prev=${(words[i - 1] ?? '^').toLowerCase()}`,
  ]);

const sentence = (text: string, tags: number[]) => ({
  features: featuresOf(text.split(' ')),
  tags,
});

export const TOY_TRAINING = [
  sentence('ông Nam đến Hà Nội', [0, 1, 0, 0, 0]),
  sentence('bà Lan Anh nói', [0, 1, 2, 0]),
  sentence('Sáng nay ông Hùng Cường Minh phát biểu', [0, 0, 0, 1, 2, 2, 0, 0]),
  sentence('Hà Nội mưa', [0, 0, 0]),
  sentence('bà Thu cảm ơn', [0, 1, 0, 0]),
  sentence('Chiều qua trời nắng', [0, 0, 0, 0]),
];
