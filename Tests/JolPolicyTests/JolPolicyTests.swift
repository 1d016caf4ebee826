// Tests of JolPolicy: see the files beside this one, one concern each.
