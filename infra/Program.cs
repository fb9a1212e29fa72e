return await Pulumi.Deployment.RunAsync(ResearchPlatform.Infra.PlatformProgram.Run);
