"""DeltaBlue: the incremental dataflow constraint solver on chains and projections."""
import sys

REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = range(7)


def stronger(a, b):
    """Strengths are ranks: a smaller number is a stronger constraint."""
    return a < b


def weakest_of(a, b):
    return max(a, b)


class Variable:
    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def remove_constraint(self, constraint):
        self.constraints.remove(constraint)
        if self.determined_by is constraint:
            self.determined_by = None


class Constraint:
    """Base of all constraints: knows how to satisfy itself against the planner's marks."""

    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def add(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def destroy(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False

    def satisfy(self, mark):
        """Try to satisfy this constraint; return the constraint it overrode, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength == REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, planner, variable, strength):
        super().__init__(planner, strength)
        self.variable = variable
        self.satisfied = False
        self.add()

    def add_to_graph(self):
        self.variable.constraints.append(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.variable.remove_constraint(self)
        self.satisfied = False

    def choose_method(self, mark):
        v = self.variable
        self.satisfied = v.mark != mark and stronger(self.strength, v.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.variable

    def recalculate(self):
        v = self.variable
        v.walk_strength = self.strength
        v.stay = not self.is_input()
        if v.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    """Keeps a variable at its current value."""


class EditConstraint(UnaryConstraint):
    """Marks a variable the user is changing."""

    def is_input(self):
        return True


NONE, FORWARD, BACKWARD = 0, 1, -1


class BinaryConstraint(Constraint):
    def __init__(self, planner, source, target, strength, add=True):
        super().__init__(planner, strength)
        self.source = source
        self.target = target
        self.direction = NONE
        if add:
            self.add()

    def choose_method(self, mark):
        source, target = self.source, self.target
        if source.mark == mark:
            can = target.mark != mark and stronger(self.strength, target.walk_strength)
            self.direction = FORWARD if can else NONE
        elif target.mark == mark:
            can = source.mark != mark and stronger(self.strength, source.walk_strength)
            self.direction = BACKWARD if can else NONE
        elif stronger(target.walk_strength, source.walk_strength):
            self.direction = BACKWARD if stronger(self.strength, source.walk_strength) else NONE
        else:
            self.direction = FORWARD if stronger(self.strength, target.walk_strength) else NONE

    def add_to_graph(self):
        self.source.constraints.append(self)
        self.target.constraints.append(self)
        self.direction = NONE

    def remove_from_graph(self):
        self.source.remove_constraint(self)
        self.target.remove_constraint(self)
        self.direction = NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.source if self.direction == FORWARD else self.target

    def output(self):
        return self.target if self.direction == FORWARD else self.source

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, source.walk_strength)
        out.stay = source.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        source = self.input()
        return source.mark == mark or source.stay or source.determined_by is None


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """target = source * scale + offset, solvable in either direction."""

    def __init__(self, planner, source, scale, offset, target, strength):
        super().__init__(planner, source, target, strength, add=False)
        self.scale = scale
        self.offset = offset
        self.add()

    def add_to_graph(self):
        super().add_to_graph()
        self.scale.constraints.append(self)
        self.offset.constraints.append(self)

    def remove_from_graph(self):
        super().remove_from_graph()
        self.scale.remove_constraint(self)
        self.offset.remove_constraint(self)

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.target.value = self.source.value * self.scale.value + self.offset.value
        else:
            self.source.value = (self.target.value - self.offset.value) // self.scale.value

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, source.walk_strength)
        out.stay = source.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, constraint):
        mark = self.new_mark()
        overridden = constraint.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, constraint):
        out = constraint.output()
        constraint.mark_unsatisfied()
        constraint.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        for strength in range(REQUIRED, WEAKEST):
            for c in unsatisfied:
                if c.strength == strength:
                    self.incremental_add(c)

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = []
        todo = list(sources)
        while todo:
            c = todo.pop()
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.append(c)
                out.mark = mark
                self.add_constraints_consuming_to(out, todo)
        return plan

    def plan_for_inputs(self, constraints):
        return self.make_plan(c for c in constraints if c.is_input() and c.is_satisfied())

    def add_propagate(self, constraint, mark):
        todo = [constraint]
        while todo:
            c = todo.pop()
            if c.output().mark == mark:
                self.incremental_remove(constraint)
                return False
            c.recalculate()
            self.add_constraints_consuming_to(c.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            for c in v.constraints:
                if c is not v.determined_by and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_constraints_consuming_to(self, variable, todo):
        for c in variable.constraints:
            if c is not variable.determined_by and c.is_satisfied():
                todo.append(c)


def execute_plan(plan):
    for constraint in plan:
        constraint.execute()


def chain_test(n):
    """A chain of equalities: editing the first variable must reach the last one."""
    planner = Planner()
    chain = [Variable("v%d" % i, 0) for i in range(n + 1)]
    for a, b in zip(chain, chain[1:]):
        EqualityConstraint(planner, a, b, REQUIRED)
    StayConstraint(planner, chain[-1], STRONG_DEFAULT)
    edit = EditConstraint(planner, chain[0], PREFERRED)
    plan = planner.plan_for_inputs([edit])
    total = 0
    for value in range(100):
        chain[0].value = value
        execute_plan(plan)
        if chain[-1].value != value:
            raise SystemExit("deltablue: chain test failed")
        total += chain[-1].value
    edit.destroy()
    return total


def change(planner, variable, value):
    edit = EditConstraint(planner, variable, PREFERRED)
    plan = planner.plan_for_inputs([edit])
    for _ in range(10):
        variable.value = value
        execute_plan(plan)
    edit.destroy()


def projection_test(n):
    """Many scale constraints sharing scale and offset: change each end and recheck."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    targets = []
    for i in range(n):
        source = Variable("src%d" % i, i)
        target = Variable("dst%d" % i, i)
        targets.append(target)
        StayConstraint(planner, source, NORMAL)
        ScaleConstraint(planner, source, scale, offset, target, REQUIRED)
    change(planner, source, 17)
    if target.value != 1170:
        raise SystemExit("deltablue: projection 1 failed")
    change(planner, target, 1050)
    if source.value != 5:
        raise SystemExit("deltablue: projection 2 failed")
    change(planner, scale, 5)
    if [t.value for t in targets[:-1]] != [i * 5 + 1000 for i in range(n - 1)]:
        raise SystemExit("deltablue: projection 3 failed")
    change(planner, offset, 2000)
    if [t.value for t in targets[:-1]] != [i * 5 + 2000 for i in range(n - 1)]:
        raise SystemExit("deltablue: projection 4 failed")
    return sum(t.value for t in targets)


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 15
for _ in range(loops):
    result = (chain_test(2000), projection_test(2000))
if result != (4950, 13985030):
    raise SystemExit(f"deltablue: wrong result {result}")
print("deltablue: chain %d, projection %d" % result)
