"""The "Core Concepts" chapter in PyTorch: one neuron's weighted sum, ReLU, and a squared error.

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
# endregion

# region activation
relu = torch.nn.ReLU()
negative = torch.tensor(-50.0)
values |= {
    "overview.reluOfOutput": relu(output).item(),
    "overview.negative": negative.item(),
    "overview.reluOfNegative": relu(negative).item(),
}
# endregion

# region loss
actual, predicted = torch.tensor(500_000.0), torch.tensor(480_000.0)
values |= {
    "overview.actualPrice": actual.item(),
    "overview.predictedPrice": predicted.item(),
    "overview.priceError": (actual - predicted).item(),
    "overview.priceLoss": torch.nn.functional.mse_loss(predicted, actual).item(),
}
# endregion

print(json.dumps({"values": values}, indent=1))
