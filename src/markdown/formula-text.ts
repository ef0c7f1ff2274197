// A formula's TeX as the plain text a reader would type: \frac{d\,\text{Loss}}{d z_{\text{out}}}
// = 2 \times (\text{predicted} - \text{actual}) becomes "dLoss/dz_out = 2 × (predicted − actual)".
// The search index holds this text beside each formula (whose MathML it leaves out, since
// flattened MathML reads "∂L∂aj=∂L∂zout×w3j"), so result excerpts have no holes where formulas were.
// Covers the TeX the chapters and quantities write; an unknown command keeps its name.

const SYMBOLS: Record<string, string> = {
  times: ' × ',
  div: ' ÷ ',
  cdot: ' · ',
  approx: ' ≈ ',
  to: ' → ',
  partial: '∂',
  nabla: '∇',
  eta: 'η',
  sigma: 'σ',
  alpha: 'α',
  lVert: '‖',
  rVert: '‖',
  quad: ' ',
  ' ': ' ',
  qquad: ' ',
};
/** Commands that only set spacing or style: they add nothing to the text. */
const SILENT = new Set([',', ';', '!', ':', 'displaystyle', 'textstyle', 'left', 'right', 'big', 'Big']);
const FRACTIONS = new Set(['frac', 'tfrac', 'dfrac']);
const LITERAL = new Set(['text', 'mathrm', 'operatorname', 'mathbf', 'textbf', 'mathit']);
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** After these (or at the start) a minus sign is a sign, not a subtraction. */
const BEFORE_SIGN = /(^|[(=×÷+−,≈→])\s*$/;

class Reader {
  private i = 0;
  constructor(private readonly tex: string) {}

  /** Text of everything up to the end, or up to the "}" closing the current group. */
  sequence(): string {
    let out = '';
    while (this.i < this.tex.length && this.tex[this.i] !== '}') out += this.item(out);
    return out;
  }

  /** One argument: a {group} or a single character (or command). */
  private argument(): string {
    while (this.tex[this.i] === ' ') this.i++;
    if (this.tex[this.i] !== '{') return this.item('');
    this.i++;
    const text = this.sequence();
    this.i++;
    return text;
  }

  /** The raw source of a {group}, for \text{…}, whose content is words, not TeX. */
  private literal(): string {
    const start = this.tex.indexOf('{', this.i) + 1;
    let depth = 1;
    let j = start;
    for (; j < this.tex.length && depth > 0; j++) depth += this.tex[j] === '{' ? 1 : this.tex[j] === '}' ? -1 : 0;
    this.i = j;
    return this.tex.slice(start, j - 1);
  }

  private item(before: string): string {
    const c = this.tex[this.i++]!;
    if (c === '\\') return this.command();
    if (c === '{') {
      const text = this.sequence();
      this.i++;
      return text;
    }
    if (c === '^') {
      const power = this.argument();
      return /^\d+$/.test(power) ? [...power].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('') : `^${wrap(power)}`;
    }
    if (c === '_') return `_${wrap(this.argument())}`;
    if (c === '-') return BEFORE_SIGN.test(before) ? '−' : ' − ';
    if (c === '+' || c === '=') return ` ${c} `;
    if (c === '~') return ' ';
    // Spaces in math mode are not text (TeX drops them); operators bring their own.
    return c === ' ' ? '' : c;
  }

  private command(): string {
    const word = /^[a-zA-Z]+/.exec(this.tex.slice(this.i))?.[0];
    const name = word ?? this.tex[this.i]!;
    this.i += name.length;
    // As in TeX, spaces after a command word are not text: "\partial L" is "∂L".
    if (word) while (this.tex[this.i] === ' ') this.i++;
    if (SILENT.has(name)) return '';
    if (name in SYMBOLS) return SYMBOLS[name]!;
    if (FRACTIONS.has(name)) {
      const top = this.argument();
      const bottom = this.argument();
      return `${wrap(top)}/${wrap(bottom)}`;
    }
    if (LITERAL.has(name)) return this.literal();
    if (name === 'href') {
      this.literal();
      return this.argument();
    }
    // \$, \{, \}, \% and the like stand for the character; \max, \tanh for their names.
    return name;
  }
}

/** A compound part in parentheses, so "a − b" over "c" reads "(a − b)/c". */
const wrap = (text: string): string => {
  const t = tidy(text);
  return /[\s/]/.test(t) && !/^\(.*\)$/.test(t) ? `(${t})` : t;
};

const tidy = (text: string): string => text.replace(/\s+/g, ' ').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')').trim();

export function formulaText(tex: string): string {
  return tidy(new Reader(tex).sequence());
}
