"""The "Core Concepts" chapter in PyTorch: one neuron's weighted sum, ReLU, and a squared error,
with the numbers its live examples show at the document's values.

Run it with /usr/bin/python3 (Debian's python3-torch). It prints JSON: each number the chapter
shows, keyed by the name the page gives it (data-q).
"""

import json

import torch

torch.set_default_dtype(torch.float64)

# region weights
# A house of 2000 sq ft with a location score of 8 (out of 10), weighted 0.5 and 3.0.
house = torch.tensor([2000.0, 8.0])
neuron = torch.nn.Linear(2, 1, bias=False)
with torch.no_grad():
    neuron.weight.copy_(torch.tensor([[0.5, 3.0]]))
output = neuron(house)
size_part, location_part = house * neuron.weight[0]  # each input times its weight
values = {
    "overview.size": house[0].item(),
    "overview.location": house[1].item(),
    "overview.locationMax": 10,
    "overview.w1": neuron.weight[0, 0].item(),
    "overview.w2": neuron.weight[0, 1].item(),
    "overview.sizeContribution": size_part.item(),
    "overview.locationContribution": location_part.item(),
    "overview.output": output.item(),
    "overview.weightRatio": (neuron.weight[0, 1] / neuron.weight[0, 0]).item(),
    "overview.contributionRatio": (size_part / location_part).item(),
}
# The live example's bars: each contribution as a percentage of the larger one.
parts = torch.stack([size_part, location_part]).abs()
shares = parts / parts.max() * 100
values |= {"overview.sizeShare": shares[0].item(), "overview.locationShare": shares[1].item()}
# endregion

# region activation
relu = torch.nn.ReLU()
negative = torch.tensor(-50.0, requires_grad=True)
relu_of_negative = relu(negative)
relu_of_negative.backward()  # the slope of ReLU at −50, by autograd
values |= {
    "overview.reluOfOutput": relu(output).item(),
    "overview.negative": negative.item(),
    "overview.reluOfNegative": relu_of_negative.item(),
    "overview.reluSlopeOfNegative": negative.grad.item(),
}
# endregion

# region loss
actual = torch.tensor(500_000.0)
predicted = torch.tensor(480_000.0, requires_grad=True)
loss = torch.nn.functional.mse_loss(predicted, actual)
loss.backward()
values |= {
    "overview.actualPrice": actual.item(),
    "overview.predictedPrice": predicted.item(),
    "overview.priceError": (actual - predicted).item(),
    "overview.priceOvershoot": (predicted - actual).item(),
    "overview.priceLoss": loss.item(),
    "overview.priceGradient": predicted.grad.item(),  # dLoss/dpredicted by autograd
}
# With ½ in front, the 2 of the derivative cancels.
predicted.grad = None
half_loss = 0.5 * (actual - predicted) ** 2
half_loss.backward()
values |= {"overview.halfPriceLoss": half_loss.item(), "overview.halfPriceGradient": predicted.grad.item()}
# endregion

print(json.dumps({"values": values}, indent=1))
