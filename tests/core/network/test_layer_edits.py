from playground.core.experiment.config import dense
from playground.core.network import layer_edits as edits
from playground.core.network.layer_graph import analyse, is_sequential, layer_inputs


def _stack():
    return edits.with_names([dense(8), dense(4), dense(1, "sigmoid")])


def _names(layers):
    return [layer["config"]["name"] for layer in layers]


def test_stack_edits_keep_a_plain_list():
    layers = _stack()
    moved = edits.move(layers, 2, 0)
    assert _names(moved) == ["dense_3", "dense_1", "dense_2"] and all("inputs" not in x for x in moved)
    assert _names(edits.move(layers, 0, 3)) == ["dense_2", "dense_3", "dense_1"]
    assert _names(edits.duplicate(layers, 0)) == ["dense_1", "dense_4", "dense_2", "dense_3"]
    assert _names(edits.delete(layers, 1)) == ["dense_1", "dense_3"]
    pasted = edits.paste(layers, 1, [layers[0], layers[0]])
    assert _names(pasted) == ["dense_1", "dense_4", "dense_5", "dense_2", "dense_3"]
    assert layers == _stack()  # the input list is never changed


def test_a_shortcut_makes_a_residual_graph_and_deleting_it_makes_a_stack_again():
    layers = edits.shortcut(_stack(), 1)
    assert not is_sequential(layers)
    assert [layer_inputs(layers, i) for i in range(4)] == [
        ("input",),
        ("dense_1",),
        ("dense_2", "dense_1"),
        ("add_1",),
    ]
    nodes = analyse((2,), layers)
    assert [n.shape for n in nodes] == [(2,), (8,), (4,), None, None]
    assert "Add needs equal shapes" in nodes[3].problem
    fixed = [*layers[:1], {**layers[1], "config": {**layers[1]["config"], "units": 8}}, *layers[2:]]
    assert analyse((2,), fixed)[3].shape == (8,)
    back = edits.delete(fixed, 2)
    assert is_sequential(back) and all("inputs" not in x for x in back)


def test_connect_checks_direction_and_merges():
    layers = edits.shortcut(_stack(), 1)
    ok, why = edits.connect(layers, "input", "add_1")
    assert why is None and layer_inputs(ok, 2) == ("dense_2", "dense_1", "input")
    assert "takes one input" in edits.connect(layers, "dense_1", "dense_3")[1]
    assert "not above" in edits.connect(layers, "dense_3", "add_1")[1]
    assert "already feeds" in edits.connect(layers, "dense_2", "add_1")[1]
    dropped, why = edits.disconnect(ok, "input", "add_1")
    assert why is None and dropped == layers
    assert "needs an input" in edits.disconnect(layers, "dense_1", "dense_2")[1]


def test_insert_and_rename_in_a_graph_keep_the_wiring():
    layers = edits.shortcut(_stack(), 1)
    inserted = edits.insert(layers, 1, dense(8))
    assert layer_inputs(inserted, 1) == ("dense_1",) and layer_inputs(inserted, 2) == ("dense_4",)
    assert layer_inputs(inserted, 3) == ("dense_2", "dense_1")  # the shortcut still starts at dense_1
    renamed, why = edits.rename(inserted, 0, "first")
    assert why is None and layer_inputs(renamed, 3) == ("dense_2", "first")
    assert "another layer" in edits.rename(inserted, 0, "dense_2")[1]
