"""The composition root: the ``reifegrad`` command, assembled from the commands each part registers."""
