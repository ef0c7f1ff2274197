"""The "Derivative Deep Dive" chapter in PyTorch: the chain rule's sign, checked by autograd,
and the table of neighbouring predictions by plain arithmetic.

Run it with /usr/bin/python3 (Debian's python3-torch). It prints JSON: each number the chapter
shows that the worked example's script does not, keyed by the name the page gives it (data-q).
"""

import json

import torch

torch.set_default_dtype(torch.float64)

# region chain
# The worked example's first prediction, $925k, against the actual $350k.
actual = torch.tensor(350.0)
prediction = torch.tensor(925.0, requires_grad=True)
((actual - prediction) ** 2).backward()
values = {
    # autograd keeps the chain's × (−1): 2 × (925 − 350)
    "gradient.signChain": prediction.grad.item(),
    # the document's last line, which drops it
    "gradient.documentChain": (2 * (actual - prediction)).item(),
}
# endregion

# region table
# Predictions of $300k, $301k and $302k against $350k: each $1k more lowers the error by $1k.
table_actual, predictions = 350, [300, 301, 302]
errors = [table_actual - p for p in predictions]
values |= {
    "derivative.actual": table_actual,
    "derivative.predictionStep": predictions[1] - predictions[0],
}
for i, (p, e) in enumerate(zip(predictions, errors)):
    values |= {f"derivative.prediction{i}": p, f"derivative.error{i}": e}
for i in (1, 2):
    values[f"derivative.change{i}"] = errors[i] - errors[i - 1]

# The live example's slopes at the table's first prediction: by autograd, and measured with the
# table's own step as h.
first = torch.tensor(float(predictions[0]), requires_grad=True)
error_at_first = table_actual - first
error_at_first.backward()
values["derivative.analyticErrorSlope"] = first.grad.item()
first.grad = None
(error_at_first**2).backward()
values["derivative.tableLossGradient"] = first.grad.item()
step = values["derivative.predictionStep"]
x = predictions[0]
values["derivative.tableErrorSlope"] = ((table_actual - (x + step)) - (table_actual - (x - step))) / (2 * step)
values["derivative.tableLossSlope"] = ((table_actual - (x + step)) ** 2 - (table_actual - (x - step)) ** 2) / (2 * step)

# The slope of the error, actual − p, measured at p = 925 with h = 10⁻⁵ × |p|.
p = prediction.item()
h = 1e-5 * abs(p)
values["derivative.numericSlope"] = ((table_actual - (p + h)) - (table_actual - (p - h))) / (2 * h)

# "If you increase your prediction by $10k", the error changes by:
nudge = 10
values |= {
    "derivative.nudge": nudge,
    "derivative.nudgeEffect": (table_actual - (p + nudge)) - (table_actual - p),
}
# endregion

print(json.dumps({"values": values}, indent=1))
