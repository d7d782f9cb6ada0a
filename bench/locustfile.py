# The seeds' tool as a bench peer: Locust's FastHttpUser (geventhttpclient), one GET per task, no wait.
from locust import FastHttpUser, constant, task


class Client(FastHttpUser):
    wait_time = constant(0)

    @task
    def get(self):
        self.client.get("/")
