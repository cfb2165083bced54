"""A district of simulated municipal sites written from the patterns of real municipal pages (paraphrased,
never copied) by someone who had not read the detectors, so the farm no longer agrees with them by
construction. See farm/README.md, "The realistic district"."""
