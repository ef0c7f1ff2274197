"""The "Detailed Gradient Explanation" chapter in PyTorch: the slope of the loss at the worked
example's prediction, by autograd and by a finite difference, and the ½ convention.

Run it with /usr/bin/python3 (Debian's python3-torch). It prints JSON: each number the chapter
shows that the worked example's script does not, keyed by the name the page gives it (data-q).
"""

import json

import torch

torch.set_default_dtype(torch.float64)

# region slope
# The worked example's first prediction, $925k, against the actual $350k.
actual = torch.tensor(350.0)
prediction = torch.tensor(925.0, requires_grad=True)
loss = (actual - prediction) ** 2
loss.backward()
analytic = prediction.grad.item()  # dLoss/dpredicted by autograd: 2 × (925 − 350)

# The same slope measured: (L(p + h) − L(p − h)) ÷ 2h, with h = 10⁻⁵ × |p|.
p = prediction.item()
h = 1e-5 * abs(p)
numeric = ((actual - (p + h)) ** 2 - (actual - (p - h)) ** 2).item() / (2 * h)
values = {
    "gradient.numericSlope": numeric,
    "gradient.slopeRelativeError": abs(analytic - numeric) / max(abs(analytic), abs(numeric)),
}
# endregion

# region half-loss
# With ½ in front of the squared error, the 2 of the derivative cancels.
prediction.grad = None
half_loss = 0.5 * (actual - prediction) ** 2
half_loss.backward()
values |= {
    "gradient.halfLoss": half_loss.item(),
    "gradient.halfGradient": prediction.grad.item(),
}
# endregion

print(json.dumps({"values": values}, indent=1))
