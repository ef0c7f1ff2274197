"""The exercises' fixed versions in PyTorch: the version each page shows at build time and
without JavaScript. The givens are the ones engine/exercises draws for each exercise's fixed
seed (copied here as inputs, like the document's givens in the chapter scripts); every other
number is recomputed here with tensors and autograd.

Run it with /usr/bin/python3 (Debian's python3-torch). It prints JSON: each number, keyed by
the name the page gives it (data-q), exercise.ID.KEY.
"""

import json

import torch

torch.set_default_dtype(torch.float64)
values = {}


def put(exercise, **numbers):
    for key, value in numbers.items():
        values[f"exercise.{exercise}.{key}"] = value.item() if isinstance(value, torch.Tensor) else float(value)


# region core-concepts
# One neuron: output = size × w₁ + location × w₂, before any activation.
x = torch.tensor([2500.0, 4.0])
w = torch.tensor([0.1, -10.0])
put("weighted-sum", size=x[0], location=x[1], w1=w[0], w2=w[1], sizePart=x[0] * w[0], locationPart=x[1] * w[1], output=x @ w)

# The same with ReLU after it: a negative sum is cut to 0.
x = torch.tensor([2400.0, 8.0])
w = torch.tensor([-0.1, 4.0])
z = x @ w
put("relu-output", size=x[0], location=x[1], w1=w[0], w2=w[1], z=z, a=torch.relu(z))

# Squared error of one price.
actual, predicted = torch.tensor(580000.0), torch.tensor(571000.0)
put("price-loss", actual=actual, predicted=predicted, error=actual - predicted, loss=torch.nn.functional.mse_loss(predicted, actual))
# endregion


# region numerical-example
def house(x1, x2, w11, w12, w21, w22, w31, w32):
    """The 2-2-1 ReLU network without biases, as torch layers, and its forward pass."""
    hidden = torch.nn.Linear(2, 2, bias=False)
    out = torch.nn.Linear(2, 1, bias=False)
    with torch.no_grad():
        hidden.weight.copy_(torch.tensor([[w11, w12], [w21, w22]]))
        out.weight.copy_(torch.tensor([[w31, w32]]))
    x = torch.tensor([x1, x2])
    z = hidden(x)
    z.retain_grad()
    a = torch.relu(z)
    a.retain_grad()
    prediction = out(a)[0]
    prediction.retain_grad()
    return hidden, x, z, a, prediction


weights = dict(w11=0.001, w12=4.0, w21=0.002, w22=-4.0, w31=12.0, w32=19.0)
_, x, z, a, prediction = house(2000.0, 3.0, **weights)
put("forward-pass", x1=x[0], x2=x[1], **weights, z1=z[0], a1=a[0], z2=z[1], a2=a[1], prediction=prediction)

weights = dict(w11=0.001, w12=10.0, w21=0.002, w22=2.0, w31=20.0, w32=15.0)
hidden, x, z, a, prediction = house(2000.0, 4.0, **weights)
actual = torch.tensor(350.0)
loss = (actual - prediction) ** 2
loss.backward()
put(
    "hidden-gradient",
    x1=x[0],
    x2=x[1],
    **weights,
    actual=actual,
    z1=z[0],
    a1=a[0],
    z2=z[1],
    a2=a[1],
    prediction=prediction,
    dOut=prediction.grad,
    da2=a.grad[1],
    relu2=(z[1] > 0).double(),
    dz2=z.grad[1],
    dW22=hidden.weight.grad[1, 1],
)

# One weight, one step of torch.optim.SGD.
weight = torch.nn.Parameter(torch.tensor(-9.0))
gradient, rate = torch.tensor(-60.0), 0.1
before = weight.detach().clone()
weight.grad = gradient.clone()
torch.optim.SGD([weight], lr=rate).step()
put("weight-update", w=before, gradient=gradient, learningRate=rate, step=before - weight.detach(), new=weight)
# endregion


# region gradient-explanation
def slope(actual, predicted, half=False):
    p = torch.tensor(predicted, requires_grad=True)
    loss = (0.5 if half else 1.0) * (actual - p) ** 2
    loss.backward()
    return p.grad


actual, predicted = 500.0, 420.0
error = torch.tensor(actual - predicted, requires_grad=True)
(error**2).backward()
put("loss-gradient", actual=actual, predicted=predicted, error=error, dError=error.grad, gradient=slope(actual, predicted))
put("half-loss-gradient", actual=410.0, predicted=210.0, gradient=slope(410.0, 210.0, half=True))
# endregion


# region derivative-deep-dive
actual, before, after = torch.tensor(450.0), torch.tensor(400.0), torch.tensor(425.0)
put("error-change", actual=actual, **{"from": before, "to": after}, errorFrom=actual - before, errorTo=actual - after, change=(actual - after) - (actual - before))
put("sign-chain", actual=520.0, predicted=510.0, error=520.0 - 510.0, gradient=slope(520.0, 510.0))
# endregion

# region training
# Four houses: torch's mean squared error, and the sum it divides by n.
actual = torch.tensor([570.0, 290.0, 290.0, 230.0])
predicted = torch.tensor([540.0, 230.0, 300.0, 290.0])
squared = (actual - predicted) ** 2
put(
    "mean-squared-error",
    **{f"actual{i + 1}": actual[i] for i in range(4)},
    **{f"predicted{i + 1}": predicted[i] for i in range(4)},
    **{f"squared{i + 1}": squared[i] for i in range(4)},
    sum=squared.sum(),
    mse=torch.nn.functional.mse_loss(predicted, actual),
)

# One step of torch.optim.SGD on the loss (actual − p)², p itself the parameter.
actual = torch.tensor(500.0)
p = torch.nn.Parameter(torch.tensor(460.0))
start = p.detach().clone()
loss = (actual - p) ** 2
loss.backward()
gradient = p.grad.detach().clone()
torch.optim.SGD([p], lr=0.25).step()
put("one-step", actual=actual, p=start, learningRate=0.25, gradient=gradient, step=start - p.detach(), pNew=p)
# endregion

print(json.dumps({"values": values}, indent=1))
