"""The "Complete Numerical Example" in PyTorch: a 2-2-1 ReLU network predicting a house price.

PyTorch's autograd computes every gradient; the site's engine is not used. Run it with
/usr/bin/python3 (Debian's python3-torch). It prints JSON: each number the chapter shows,
keyed by the name the page gives it (data-q), and, for the gradients, the slope measured by
a central finite difference of the loss, an independent check of autograd as well.
"""

import json

import torch

torch.set_default_dtype(torch.float64)
values = {}

# region setup
# The document's house: 2000 sq ft and 3 bedrooms, sold for $350k (prices in $1000s).
x = torch.tensor([2000.0, 3.0])
actual = torch.tensor([350.0])
learning_rate = 0.0000001

model = torch.nn.Sequential(
    torch.nn.Linear(2, 2, bias=False),  # hidden layer: neuron 1 (w11, w12), neuron 2 (w21, w22)
    torch.nn.ReLU(),
    torch.nn.Linear(2, 1, bias=False),  # output: w31, w32, no activation (a price)
)
hidden, relu, output = model
with torch.no_grad():
    hidden.weight.copy_(torch.tensor([[0.001, 10.0], [0.002, 5.0]]))
    output.weight.copy_(torch.tensor([[20.0, 15.0]]))
start = {name: p.detach().clone() for name, p in model.named_parameters()}
# endregion

values |= {
    "house.size": x[0].item(),
    "house.bedrooms": x[1].item(),
    "house.actual": actual.item(),
    "house.learningRate": learning_rate,
    "house.w11": hidden.weight[0, 0].item(),
    "house.w12": hidden.weight[0, 1].item(),
    "house.w21": hidden.weight[1, 0].item(),
    "house.w22": hidden.weight[1, 1].item(),
    "house.w31": output.weight[0, 0].item(),
    "house.w32": output.weight[0, 1].item(),
}

# region forward
z = hidden(x)  # weighted sums z1, z2
a = relu(z)  # activations a1, a2
prediction = output(a)
loss = ((actual - prediction) ** 2).sum()
for t in (z, a, prediction):
    t.retain_grad()  # keep the gradients of these intermediate values, not only the weights'
values |= {
    "house.p11": (x[0] * hidden.weight[0, 0]).item(),
    "house.p12": (x[1] * hidden.weight[0, 1]).item(),
    "house.z1": z[0].item(),
    "house.a1": a[0].item(),
    "house.p21": (x[0] * hidden.weight[1, 0]).item(),
    "house.p22": (x[1] * hidden.weight[1, 1]).item(),
    "house.z2": z[1].item(),
    "house.a2": a[1].item(),
    "house.a1w31": (a[0] * output.weight[0, 0]).item(),
    "house.a2w32": (a[1] * output.weight[0, 1]).item(),
    "house.zOut": prediction.item(),
    "house.prediction": prediction.item(),
    "house.error": (actual - prediction).item(),
    "house.loss": loss.item(),
}
# endregion

# region backward
loss.backward()  # autograd fills .grad of every weight and of z, a and the prediction
values |= {
    "house.overshoot": (prediction - actual).item(),
    "house.dOut": prediction.grad[0].item(),
    "house.dW31": output.weight.grad[0, 0].item(),
    "house.dW32": output.weight.grad[0, 1].item(),
    "house.da1": a.grad[0].item(),
    "house.da2": a.grad[1].item(),
    # ReLU's slope as autograd applies it: dLoss/dz ÷ dLoss/da
    "house.reluSlope1": (z.grad[0] / a.grad[0]).item(),
    "house.reluSlope2": (z.grad[1] / a.grad[1]).item(),
    "house.dz1": z.grad[0].item(),
    "house.dz2": z.grad[1].item(),
    "house.dW11": hidden.weight.grad[0, 0].item(),
    "house.dW12": hidden.weight.grad[0, 1].item(),
    "house.dW21": hidden.weight.grad[1, 0].item(),
    "house.dW22": hidden.weight.grad[1, 1].item(),
}
# endregion

# region update
names = {
    "w11": (hidden, 0, 0),
    "w12": (hidden, 0, 1),
    "w21": (hidden, 1, 0),
    "w22": (hidden, 1, 1),
    "w31": (output, 0, 0),
    "w32": (output, 0, 1),
}
for name, (layer, i, j) in names.items():
    values[f"house.step.{name}"] = (learning_rate * layer.weight.grad[i, j]).item()
optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate)
optimizer.step()  # w ← w − learning rate × dLoss/dw, for every weight at once
for name, (layer, i, j) in names.items():
    values[f"house.new.{name}"] = layer.weight[i, j].item()
# endregion

# How far one step moves w11 and w21, in units of the weight itself.
values["house.stepRatio.w11"] = values["house.step.w11"] / values["house.w11"]
values["house.stepRatio.w21"] = values["house.step.w21"] / values["house.w21"]

# Step 4 as the document prints it: it rounds two steps to 3 significant digits, then subtracts.
values |= {
    "house.printed.stepW32": 0.00219,
    "house.printed.newW32": 14.99781,
    "house.printed.stepW22": 0.00518,
    "house.printed.newW22": 4.99482,
}

# region next
optimizer.zero_grad()
z = hidden(x)
a = relu(z)
prediction = output(a)
loss = ((actual - prediction) ** 2).sum()
loss.backward()
gradient_norm = torch.sqrt(sum((p.grad**2).sum() for p in model.parameters()))
values |= {
    "house.next.p11": (x[0] * hidden.weight[0, 0]).item(),
    "house.next.p12": (x[1] * hidden.weight[0, 1]).item(),
    "house.next.p21": (x[0] * hidden.weight[1, 0]).item(),
    "house.next.p22": (x[1] * hidden.weight[1, 1]).item(),
    "house.next.z1": z[0].item(),
    "house.next.z2": z[1].item(),
    "house.next.a1": a[0].item(),
    "house.next.a2": a[1].item(),
    "house.next.prediction": prediction.item(),
    "house.next.loss": loss.item(),
    "house.next.gradientNorm": gradient_norm.item(),
    "house.stuck.deadUnits": int((z <= 0).sum()),  # hidden ReLUs with nothing to pass back
}
# endregion


# region train
def train(inputs, iterations, learning_rate):
    """Gradient descent from the document's weights.

    Returns the prediction and loss before each update, and after the last one.
    """
    with torch.no_grad():
        for name, p in model.named_parameters():
            p.copy_(start[name])
    optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate)
    predictions, losses = [], []
    for iteration in range(iterations + 1):
        optimizer.zero_grad()
        prediction = model(inputs)
        loss = ((actual - prediction) ** 2).sum()
        predictions.append(prediction.item())
        losses.append(loss.item())
        if iteration < iterations:
            loss.backward()
            optimizer.step()
    return predictions, losses


# The document's set-up, trained on after its one update: every ReLU is dead, nothing moves.
_, stuck = train(x, 1 + 1000, learning_rate)
for n in (1, 10, 1000):
    values[f"house.stuck.iterations{n}"] = n
    values[f"house.stuck.lossAfter{n}"] = stuck[1 + n]

# The site's set-up: the same house with the size in thousands of sq ft, and a larger rate.
sqft_per_unit, scaled_rate, iterations = 1000, 0.00001, 200
scaled_x = torch.tensor([x[0] / sqft_per_unit, x[1]])
predictions, losses = train(scaled_x, iterations, scaled_rate)
values |= {
    "scaled.sqftPerUnit": sqft_per_unit,
    "scaled.size": scaled_x[0].item(),
    "scaled.learningRate": scaled_rate,
    "scaled.iterations": iterations,
    "scaled.initialPrediction": predictions[0],
    "scaled.initialLoss": losses[0],
    "scaled.lossAfter1": losses[1],
    "scaled.lossAfter10": losses[10],
    "scaled.finalLoss": losses[iterations],
    "scaled.finalPrediction": predictions[iterations],
}
# endregion

# region finite-differences
# Each weight's gradient measured without autograd: nudge the weight by ±h, and take
# (loss(w + h) − loss(w − h)) ÷ 2h at the document's starting weights.
finite_differences = {}
with torch.no_grad():
    for name, (layer, i, j) in names.items():
        slopes = []
        for sign in (1, -1):
            for key, p in model.named_parameters():
                p.copy_(start[key])
            h = 1e-5 * max(1.0, abs(layer.weight[i, j].item()))
            layer.weight[i, j] += sign * h
            slopes.append(((actual - model(x)) ** 2).sum().item())
        finite_differences[f"house.dW{name[1:]}"] = (slopes[0] - slopes[1]) / (2 * h)
    p = values["house.prediction"]
    h = 1e-5 * abs(p)
    y = actual.item()
    finite_differences["house.dOut"] = ((y - (p + h)) ** 2 - (y - (p - h)) ** 2) / (2 * h)
# endregion

# After 200 steps the prediction equals $350k to about 12 digits: the loss left is the
# square of rounding noise (about 10⁻²³), which no two programs compute alike. Any loss
# below the square of a 10⁻¹² relative difference from $350k is that 0.
noise = {"scaled.finalLoss": (1e-12 * actual.item()) ** 2}

printed = {"values": values, "finiteDifferences": finite_differences, "absoluteTolerance": noise}
print(json.dumps(printed, indent=1))
