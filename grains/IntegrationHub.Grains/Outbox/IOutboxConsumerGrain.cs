namespace IntegrationHub.Grains.Outbox;

/// <summary>The consumer grain of one outbox stream bucket, keyed like its stream (<c>{topic}/{bucket}</c>); only streams call it.</summary>
internal interface IOutboxConsumerGrain : IGrainWithStringKey;
