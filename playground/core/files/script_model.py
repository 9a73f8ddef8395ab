"""The exported script's model code (section 2): one `keras.layers.X(...)` call per layer, in a
`keras.Sequential` stack or joined into a functional graph.

The layers are created in the playground's order (`model_builder.build_model`'s), after the same
seed, so the script's initial weights are the playground's. `fields` fills "# 2. Model".
"""

from __future__ import annotations

from playground.core.experiment.config import Experiment
from playground.core.files.python_text import call, identifier, py
from playground.core.network.layer_graph import INPUT, INPUT_KIND, MERGES, is_sequential, layer_inputs, layer_name


def fields(exp: Experiment) -> dict[str, str]:
    """The model section's placeholders: the body of `build_model` after its seed."""
    return {"build_model_body": _build_model_body(exp)}


def _build_model_body(exp: Experiment) -> str:
    specs = exp.model.layers
    shape = py(tuple(exp.input_shape))
    lines = []
    if is_sequential(specs):
        lines.append("    layers = [")
        lines += [f"        {layer_call(spec, 8)}," for spec in specs]
        lines += [
            "    ]",
            f'    return keras.Sequential([keras.Input(shape={shape}), *layers], name="playground")',
        ]
        return "\n".join(lines)
    # Functional: every layer first (in list order, as the playground builds them), then the graph.
    nodes = exp.analyse()
    outputs = exp.outputs
    taken: set[str] = set()
    names = {INPUT: identifier(INPUT, taken)}
    for i, spec in enumerate(specs):
        names[layer_name(spec, i)] = identifier(layer_name(spec, i), taken)
    lines.append("    # The layers, created in the playground's order (it matters for the random initial weights)…")
    lines.append("    layers = [")
    for spec in specs:
        if spec["class_name"] != INPUT_KIND:
            lines.append(f"        {layer_call(spec, 8)},")
    lines += ["    ]", "    # …then joined into a graph: each layer called on the outputs it takes."]
    lines.append(f"    {names[INPUT]} = keras.Input(shape={shape}, name={py(INPUT)})")
    inputs = [names[INPUT]]
    k = 0
    for i, spec in enumerate(specs):
        name = layer_name(spec, i)
        var = names[name]
        if spec["class_name"] == INPUT_KIND:
            lines.append(f"    {var} = keras.Input(shape={py(tuple(nodes[i + 1].shape))}, name={py(name)})")
            inputs.append(var)
            continue
        sources = [names[n] for n in layer_inputs(specs, i)]
        arg = f"[{', '.join(sources)}]" if spec["class_name"] in MERGES else sources[0]
        lines.append(f"    {var} = layers[{k}]({arg})" + (f"  # {name}" if var != name else ""))
        k += 1
    outs = [names[o.name] for o in outputs]
    ins_code = f"[{', '.join(inputs)}]" if len(inputs) > 1 else inputs[0]
    outs_code = f"[{', '.join(outs)}]" if len(outs) > 1 else outs[0]
    lines.append(f'    return keras.Model({ins_code}, {outs_code}, name="playground")')
    return "\n".join(lines)


def layer_call(spec: dict, indent: int) -> str:
    """`keras.layers.X(setting=..., name=...)` for one layer of the experiment, the name last."""
    config = dict(spec.get("config", {}))
    if "name" in config:  # the settings first, the name last
        config["name"] = config.pop("name")
    return call("keras.layers", spec["class_name"], config, indent)
