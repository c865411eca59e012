namespace Acs.Core.Webhooks;

public enum DeliveryState
{
    Pending,
    Delivered,
    Failed,
}
